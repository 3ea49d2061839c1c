from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, t STRING, i INT, m DECIMAL(10,2), b BOOLEAN, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.withColumn("c1", expr("(NOT b)")).withColumn("c2", F.to_timestamp(F.date_format(col("ts"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")).withColumn("c3", expr("(id + id)")).withColumn("c4", F.instr(col("t"), "é").try_cast("decimal(5,1)")).select("id", "c1", "c2", "c3", "c4").filter((col("dt").eqNullSafe(F.when(col("b"), col("dt")).when((col("s") < lit("abc")), col("dt")).otherwise(col("dt"))) | (col("m") != expr("0.001"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
