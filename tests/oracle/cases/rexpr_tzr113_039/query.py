spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, i INT, f FLOAT, t STRING, ts TIMESTAMP, s STRING, n DECIMAL(5,3), dt DATE, m DECIMAL(38,10)").load(INPUT)
result = df.filter((~F.coalesce((col("n") != lit(0.001)), lit(False)))).withColumn("c1", expr("repeat(hex(encode(from_unixtime(id), 'UTF-16LE')), -1)")).withColumn("c2", expr("dateadd(dt, year(ts))")).withColumn("c3", expr("CASE WHEN is_valid_utf8('') THEN m WHEN arrays_overlap(array(i, i), array(1, 2, i)) THEN n END")).withColumn("c4", expr("negative(negative(CASE WHEN false THEN i ELSE i END))")).withColumn("c5", col("dt")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
