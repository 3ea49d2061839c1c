from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(CAST(i AS DOUBLE) / 3.0D) AS c1", "nvl2(format_number(d, 0), least(m, n, n), 1.25)", "nvl2(CASE WHEN b THEN i END, id, 86400L) AS c3", "(i - id) AS c4").filter((lit(3).cast("bigint").cast("string").startswith(" ") | col("s").isNotNull()))
OUTPUT_MODE = "append"
