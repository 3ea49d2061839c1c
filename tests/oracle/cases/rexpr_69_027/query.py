from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.to_timestamp(lit("2024-03-01 12:30:00.123456")).cast("double")).withColumn("c2", F.coalesce(col("d"), (F.instr(col("t"), "o") / lit(10)), lit(0.1))).withColumn("c3", col("t")).select("id", "c1", "c2", "c3").where("(ts <= TIMESTAMP'2024-02-29 00:00:00')")
OUTPUT_MODE = "append"
