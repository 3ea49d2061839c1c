from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("i") == lit(5))).groupBy(F.size(F.split(expr("to_xml(named_struct('_id', i, 'v', s, 'n', named_struct('m', m)), map('rowTag', 'r'))"), "[aeiou]")).alias("k1")).agg(F.max(expr("map_concat(map(1, s), map(1, 'x'))")).alias("a4"), expr("histogram_numeric(3 % 5, 10)").alias("a1"), expr("percentile_approx(i, 0.5) AS a2"), F.max_by(col("s"), F.array_size(F.slice(F.array(F.bitwise_not(col("i")), expr("smallint(i)"), lit(3), lit(4)), -2, 5)).cast('int')).alias("a3"))
OUTPUT_MODE = "update"
