spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, k BIGINT, dt DATE, s STRING, n DECIMAL(9,5), j INT, d DOUBLE, ts TIMESTAMP, m DECIMAL(10,2), i INT").json(INPUT)
result = df.filter(col("d").isNotNull()).groupBy(F.regexp_instr(col("s"), lit('([a-z])([a-z])'), 2).alias("k1")).agg(expr("max(to_xml(s)) AS a4"), expr("hex(count_min_sketch(CAST(i AS BIGINT), 0.4D, 0.6D, 42)) AS a1"), expr("any_value((s = 'é') IS NOT NULL) AS a2"), expr("max(m) AS a3"))
OUTPUT_MODE = "complete"
