from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("k") == lit(1000).cast("bigint"))).selectExpr("id", "(m + m) AS c1", "(isnull(i) AND b) AS c2", "coalesce(date_format(ts, 'MMM d, yyyy'), ' ') AS c3")
OUTPUT_MODE = "append"
