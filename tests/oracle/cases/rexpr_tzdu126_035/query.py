spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j").agg(expr("(max(pow(try_mod(instr(t, 'o'), 1), 2)) - min(pow(try_mod(instr(t, 'o'), 1), 2))) AS a1"), expr("max((CAST(dt AS TIMESTAMP) - INTERVAL 1 MONTH)) AS a2"), expr("sort_array(collect_union(array(i, (i + 1))))").alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
