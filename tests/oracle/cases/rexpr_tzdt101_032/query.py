spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("date_add(dt, i) AS k1")).agg(expr("round(avg(i), 2) AS a1"), F.min(F.second(F.nullif(expr("(ts - INTERVAL '2 12' DAY TO HOUR)"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).alias("a2"), expr("count_if(regexp_like(repeat(CAST((dt - to_date('2025-03-01')) AS STRING), 2), '^[A-Z]')) AS a3"))
OUTPUT_MODE = "update"
