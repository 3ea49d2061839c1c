from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("id").isNotNull()).selectExpr("id", "to_number(CAST(CAST((id >= 86400L) AS INT) AS STRING), 'S9999') AS c1", "sentences(regexp_extract(to_char(encode(lpad(s, 8, '*'), 'utf-8'), 'base64'), '([a-z]+)', 1)) AS c2", "try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0) AS c3", "xpath_number('<a><b>' || d || '</b></a>', 'a/b * 2') AS c4").where("(arrays_overlap(array(10), array(CAST(NULL AS INT), 3)) OR (id >= 1L))")
OUTPUT_MODE = "append"
