from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT regexp_like('', '[0-9]+') AS k1, max(i) AS a1, min((m * i)) AS a2, sort_array(collect_set(octet_length(s))) AS a3 FROM src GROUP BY regexp_like('', '[0-9]+') HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
