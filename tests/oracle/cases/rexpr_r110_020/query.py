from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(endswith('x-y', 'o') OR (b IS NOT TRUE))").groupBy((col("m") >= lit(.001).cast("decimal(4,3)")).alias("k1")).agg(expr("round(regr_avgy(bround(d, 2), array_min(array(bitmap_bucket_number(abs(i)), try_mod(-1, i), CAST(NULL AS INT)))), 6) AS a1"), expr("try_avg((i + size(json_object_keys(to_json(named_struct('a', i, 'b', s)))))) AS a2"), expr("round(regr_intercept((i * -1), size(split(CAST(NULL AS STRING), '-'))), 6) AS a3"), expr("sum(CASE WHEN (ts IS NOT NULL) THEN m WHEN b THEN 100BD END) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
