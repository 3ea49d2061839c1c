spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "j", "array_insert(array(i, datediff(DATE'2024-02-29', dt)), -1, 9) AS c1", "timestamp_add('HOUR', regexp_instr(array_join(split(s, '[aeiou]'), ''), '[aeiou]'), date_trunc('WEEK', to_timestamp(date_format(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'))) AS c2", "unix_millis(ts) AS c3").filter((F.isnan(col("d")) | (col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
