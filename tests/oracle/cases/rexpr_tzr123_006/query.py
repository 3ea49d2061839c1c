spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.array_insert(F.array(lit('a'), lit('b'), lit('c')), -1, expr("typeof(array(collation(collate(hex(hmac(s, 'msg', 'SHA512')), 'UTF8_BINARY')), NULL))"))).withColumn("c2", expr("map_from_arrays(array('a', 'b'), array((id / nullif(d, 0)), asinh(d)))")).withColumn("c3", (col("i") * lit(5))).withColumn("c4", F.dayname(col("i"))).withColumn("c5", expr("(t COLLATE UTF8_BINARY = 'Hello World')")).drop("k", "m", "s", "t", "ts")
OUTPUT_MODE = "append"
