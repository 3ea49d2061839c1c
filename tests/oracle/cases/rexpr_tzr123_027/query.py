spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, count(s) AS a1, bool_and((d IS NOT NULL)) AS a2, datediff(max(add_months(next_day(dt, 'wednesday'), CASE WHEN (j <> 5) THEN i WHEN (d <> 100.0D) THEN i END)), min(add_months(next_day(dt, 'wednesday'), CASE WHEN (j <> 5) THEN i WHEN (d <> 100.0D) THEN i END))) AS a3, round(regr_avgy(cot(nullif(d, 0)), i), 6) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
