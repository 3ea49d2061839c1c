from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, dt DATE, k BIGINT, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, i INT").load(INPUT)
result = df.withColumn("c1", expr("array_contains(split(s, ','), 'Hello')")).withColumn("c2", F.locate(" ", lit("o"))).withColumn("c3", F.try_subtract(col("m").try_cast("int"), F.instr(col("s"), "a"))).withColumn("c4", col("m").cast("double")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
