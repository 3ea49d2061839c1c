from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, d DOUBLE, s STRING, ts TIMESTAMP, i INT, f FLOAT, dt DATE, m DECIMAL(38,10)").load(INPUT)
result = df.select("id", F.pmod(F.round(col("m"), 2), expr("-4.5")), expr("nullif(if((ts > dt), ts, CASE WHEN (i > -1) THEN ts ELSE ts END), TIMESTAMP'2024-03-01 12:30:00.123456') AS c2"), expr("CASE WHEN contains(s, 'a') THEN (try_add(f, d) * CASE WHEN true THEN i WHEN (id IS NOT NULL) THEN i WHEN (d >= 2.0D) THEN i ELSE i END) WHEN (t <= 'x-y') THEN (d + id) ELSE f END AS c3"), expr("(id / nullif(f, 0))"), (lit("é") != col("t")).alias("c5"))
OUTPUT_MODE = "append"
