spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("power(0.0D, regexp_instr(s, '[aeiou]') % 3 - 1)").alias("c1"), expr("flatten(array(array(day(last_day(date_add(dt, i))), shiftright(CAST(is_valid_utf8(unhex('C328')) AS INT), 33)), array(), array(NULL)))").alias("c2")).where("((c1 IS NOT NULL) OR (id > -2L))")
OUTPUT_MODE = "append"
