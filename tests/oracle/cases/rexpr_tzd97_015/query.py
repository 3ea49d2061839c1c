spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), d DOUBLE, i INT, b BOOLEAN, s STRING, dt DATE, ts TIMESTAMP, n DECIMAL(4,1)").load(INPUT)
result = df.groupBy(expr("regexp_replace(s, '^.', '') AS k1")).agg(expr("sort_array(collect_set(nullif(s, '42'))) AS a1"), F.datediff(F.max(F.when((~col("b")), col("dt")).otherwise(col("dt"))), F.min(F.when((~col("b")), col("dt")).otherwise(col("dt")))).alias("a2"), expr("avg(((i + i) % nullif((i * 0), 0))) AS a3"), expr("round(avg(0.001), 2) AS a4"))
OUTPUT_MODE = "update"
