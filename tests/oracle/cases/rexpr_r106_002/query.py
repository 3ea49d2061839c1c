from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, k BIGINT, i INT, d DOUBLE, ts TIMESTAMP, t STRING, b BOOLEAN, m DECIMAL(38,10), dt DATE, j INT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (true OR (NOT b)) AS k1, CAST(array_size(slice(array(least(i, i), size(split(s, ',')), 3, 4), -2, 5)) AS INT) AS k2, median(positive(i)) AS a1, round(regr_slope(3, json_array_length(to_json(array(i, getbit(abs(i) % 100, 0))))), 6) AS a2, round(corr(-1.5D, negative(i)), 6) AS a3, sort_array(collect_list((i + size(map_keys(str_to_map(t, ' ', 'l')))))) AS a4 FROM src GROUP BY (true OR (NOT b)), CAST(array_size(slice(array(least(i, i), size(split(s, ',')), 3, 4), -2, 5)) AS INT)")
OUTPUT_MODE = "update"
