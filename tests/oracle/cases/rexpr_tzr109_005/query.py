spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "b", expr("nvl2(xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7'), if((i <> 5), to_date('2025-03-01'), dt), to_date('2025-03-01')) AS c1"), expr("coalesce(unix_micros(TIMESTAMP'1999-12-31 23:59:59.999'), shiftrightunsigned(CAST(i AS BIGINT), 1), 0L) AS c2"), expr("(atan(d) / nullif(shiftrightunsigned(i, 28), 0)) AS c3"), expr("try_to_number(s, 'S999.99')").alias("c4"), expr("try_mod(d, cot(nullif(d, 0)))").alias("c5"))
OUTPUT_MODE = "append"
