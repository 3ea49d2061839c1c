from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("s").contains("H")).withColumn("c2", F.timestamp_diff('SECOND', (F.when(col("s").isNotNull(), (col("ts") - expr("INTERVAL 1 DAY"))).when(col("b"), col("ts")).when((lit(1).cast("bigint") > expr("99.99")), col("ts")).otherwise(col("ts")) + expr("INTERVAL 1 DAY")), F.date_trunc("MINUTE", col("ts")))).withColumn("c3", expr("array_repeat(s, abs(3) % 3)")).withColumn("c4", F.str_to_map(F.concat(lit('a:1,b:2,c:'), col("i")))).drop("i", "j", "d", "m", "n", "s", "t", "dt")
OUTPUT_MODE = "append"
