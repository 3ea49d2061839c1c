spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("date_trunc('QUARTER', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')) AS c1"), F.ifnull(expr("0.001"), expr("99.99")).alias("c2"), expr("CAST((m BETWEEN 1.25 AND -3.10) AS INT) AS c3"), F.last_day(F.greatest(F.date_from_unix_date(lit(0)), F.trunc(col("dt"), "mon"))).alias("c4"), expr("(n + m) AS c5"))
OUTPUT_MODE = "append"
