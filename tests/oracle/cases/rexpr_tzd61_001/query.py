spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, dt DATE, ts TIMESTAMP, i INT, m DECIMAL(10,2), t STRING, s STRING, b BOOLEAN").json(INPUT)
result = df.where("((id = m) OR (dt < to_date('2025-03-01')))").groupBy("dt").agg(expr("(max(i) - min(i)) AS a1"), F.sort_array(F.collect_set(F.replace(lit("Hello"), lit(" "), lit("")))).alias("a2"), expr("(max(m) - min(m)) AS a3"), expr("min(d) AS a4"))
OUTPUT_MODE = "complete"
