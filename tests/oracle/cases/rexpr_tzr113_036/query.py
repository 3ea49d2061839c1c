spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("arrays_zip(array(bitmap_bit_position(dayofweek(CASE WHEN b THEN dt ELSE dt END)), 2), array(collation(collate(lpad(CASE WHEN b THEN 'o' ELSE t END, 6, ' '), 'UTF8_BINARY'))), array())").alias("c1"), expr("(CAST(make_dt_interval(xpath_int('<a><b>' || i || '</b></a>', 'a/b')) + make_dt_interval(0, reduce(array(5, i, 4), 0, (acc, x) -> acc + coalesce(x, 0))) AS STRING) COLLATE UTF8_BINARY = 'Hello World')").alias("c2"), expr("bround(n, 0)").alias("c3"))
OUTPUT_MODE = "append"
