from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("size(array_remove(array(levenshtein('42', t), i, 1, levenshtein('42', t)), levenshtein('42', t))) AS k1")).agg(expr("avg(asinh(tanh(i))) AS a1"), expr("round(kurtosis(i), 6) AS a2"), F.max(F.to_char(col("s"), lit("999"))).alias("a4"), F.bit_or(expr("timestamp_diff('MONTH', make_timestamp_ltz(2024, 2, 29, 1, 0, 0, 'Asia/Tokyo'), CASE WHEN b THEN ts ELSE ts END)")).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
