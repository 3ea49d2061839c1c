from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("i") < lit(2))).selectExpr("isnan(d) AS c1", "string(CAST(NULL AS DECIMAL(10,2)))", "CASE WHEN b THEN 0L ELSE id END AS c3", "least(dt, dt) AS c4").filter((F.isnan(col("d")) | col("i").isNull()))
OUTPUT_MODE = "append"
