from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.upper(F.concat_ws("-", col("i").cast("string"), col("t")))).withColumn("c2", expr("n")).withColumn("c3", expr("repeat(substring(t, 5, 3), 2)")).withColumn("c4", F.round((col("m") + col("i")), 1)).withColumn("i", col("i")).select("id", "c1", "c2", "c3", "c4").where(col("c1").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
