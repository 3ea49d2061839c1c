spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, t STRING, d DOUBLE, s STRING, i INT, b BOOLEAN, m DECIMAL(7,0), ts TIMESTAMP, f FLOAT").json(INPUT)
result = df.filter((col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c1", F.sha(expr("element_at(map_concat(map('a', collation(collate(printf('%x %o %08d', i, i, i), 'UTF8_BINARY'))), map('b', 'x')), 'a')"))).withColumn("c2", col("m")).withColumn("c3", F.nanvl(col("d"), col("s"))).drop("d", "s", "i", "m", "ts", "f")
OUTPUT_MODE = "append"
