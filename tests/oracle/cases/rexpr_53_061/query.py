from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "j", (F.round(col("n"), 1) * col("m")).alias("c1"), expr("(d - signum(m)) AS c2"), expr("exp(m) AS c3"), expr("((b IS NOT NULL) OR nvl2(CAST(NULL AS DECIMAL(10,2)), b, false))").alias("c4"), expr("(CAST(b AS BIGINT) % nullif(j, 0))").alias("c5")).where("((c1 > j) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
