from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, replace(s, 'a', '') AS k2, count_if(isnull(CASE WHEN b THEN i WHEN b THEN i WHEN b THEN i ELSE i END)) AS a1, avg(d) AS a2 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "update"
