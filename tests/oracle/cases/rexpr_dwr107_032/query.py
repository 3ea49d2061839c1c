from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, s STRING, dt DATE, i INT, b BOOLEAN, j INT, f FLOAT, d DOUBLE, n DECIMAL(5,3), m DECIMAL(18,6), ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("date_from_unix_date(i) AS c1"), expr("from_json('{\"a\": ' || size(map_keys(str_to_map(s, ' ', 'l'))) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')"), F.positive((F.dayofmonth(col("dt")) + lit(-3.10).cast("decimal(3,2)"))).alias("c3"), expr("arrays_overlap(array(positive(zeroifnull(i)), json_array_length(to_json(array(i, i)))), array(1, 2, positive(zeroifnull(i))))").alias("c4"))
OUTPUT_MODE = "append"
