from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, d DOUBLE, i INT, dt DATE, s STRING, m DECIMAL(7,0), j INT, b BOOLEAN").load(INPUT)
df.filter("(dt <= to_date('2000-01-01'))").createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(s, 'Hello') AS k1, count_if(((d IS NOT NULL) = b)) AS a1, size(collect_union(array(i % 3, NULL))) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
