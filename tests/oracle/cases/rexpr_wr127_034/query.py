from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.array_except(F.array(expr("get_json_object(to_json(map_from_entries(array(named_struct('k', 'a', 'v', i)))), '$.a')"), F.url_decode(F.url_encode(col("t"))), lit('a'), lit('a')), F.array(lit('a'), lit(None))).alias("c1"), expr("tan(negative(sinh((n % 2.5))))").alias("c2")).filter("coalesce(exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a'), true)")
OUTPUT_MODE = "append"
