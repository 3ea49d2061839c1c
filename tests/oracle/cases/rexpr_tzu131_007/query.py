spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(to_number(CAST(i AS STRING), 'S9999') <> size(array_remove(array(i, i, 1, i), i))) AS c1", "bitwise_not(CAST(i AS BIGINT)) AS c2", "dateadd(to_date(ts), i)", "array_intersect(array(unix_date(make_date(2024, 1, 1)) + ascii(char(i)), array_max(array(nullifzero(i), regexp_instr(t, '[aeiou]'), 3)), NULL, 1), array(1, NULL, unix_date(make_date(2024, 1, 1)) + ascii(char(i)))) AS c4", "to_timestamp(date_format(timestamp_add('HOUR', i, ts), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c5")
OUTPUT_MODE = "append"
