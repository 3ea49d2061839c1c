from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("bround(d, -1)", "if((right(s, 1) BETWEEN '' AND 'é'), CAST(nvl2(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), i, 0) AS TIMESTAMP), ts) AS c2", "date_add(dt, pmod(i, 10)) AS c3").filter(F.coalesce((F.trunc(col("dt"), "WEEK") > col("ts")), lit(True)))
OUTPUT_MODE = "append"
