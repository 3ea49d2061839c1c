spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, ts TIMESTAMP, d DOUBLE, t STRING, m DECIMAL(12,4), s STRING, b BOOLEAN, n DECIMAL(4,1), dt DATE").load(INPUT)
result = df.withColumn("c1", F.ascii(F.when(col("b"), F.trim(expr("to_json(arrays_zip(array(1, 2), array(s)))"))).otherwise(lit("2024-02-29")))).withColumn("c2", (F.when(col("b"), col("id")).when(col("b"), F.unix_millis(col("ts"))).when((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("id")) < col("id"))).withColumn("m", expr("(n - n)")).withColumn("i", expr("reduce(array(array_position(array(s, 'a', CAST(NULL AS STRING)), 'a'), array_position(array(s, 'a', t), 'a'), 4), 0, (acc, x) -> acc + coalesce(x, 0))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT s FROM rexpr_q ORDER BY id DESC"]
