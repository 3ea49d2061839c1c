spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("to_char(encode(replace(s, 'l', 'LL'), 'utf-8'), 'hex') AS c1"), expr("timestampdiff(HOUR, ts, try_to_timestamp(t))").alias("c2"), expr("explode(array(shiftright(unix_date(make_date(2024, 1, 1)) + i, 33), pmod(i, nullif(hash(b, d), 0)), NULL))")).where((col("c2") > lit(2)))
OUTPUT_MODE = "append"
