spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(i - abs(instr(s, '')))")).withColumn("c2", F.nullif((lit(1) * col("i")), lit(-1))).withColumn("c3", ((col("id") - col("id")) - F.month(col("dt")))).drop("j", "k", "d", "s", "t", "b", "ts")
OUTPUT_MODE = "append"
