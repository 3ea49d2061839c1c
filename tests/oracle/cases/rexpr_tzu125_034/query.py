spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("date_add(to_date('2024-02-29'), i) AS k1")).agg(F.avg(col("d")).alias("a1"), expr("hex(count_min_sketch(tinyint(abs(xpath_int('<a><b>' || i || '</b></a>', 'a/b')) % 100), 0.5D, 0.5D, 1))").alias("a2"), expr("last_value(s) AS a3"), expr("max(i) AS a4"))
OUTPUT_MODE = "complete"
