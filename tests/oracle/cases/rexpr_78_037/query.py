from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "repeat(sha1(CASE WHEN (id = 1000L) THEN t ELSE s END), 0) AS c1", "CASE WHEN (t BETWEEN '' AND 'a') THEN j WHEN (b AND b) THEN 7 WHEN (dt <> DATE'2025-03-01') THEN j ELSE 7 END AS c2").filter(((col("i") != lit(0).cast("bigint")) | col("n").isNull()))
OUTPUT_MODE = "append"
