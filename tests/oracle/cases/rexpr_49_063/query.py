from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(i IS NOT NULL)").createOrReplaceTempView("src")
result = spark.sql("SELECT (0.001D / 7) AS k1, count_if(((NOT b) < (100 <=> m))) AS a1, (max(((n / 10.5) * i)) - min(((n / 10.5) * i))) AS a2, max(ts) AS a3, (max(d) - min(d)) AS a4 FROM src GROUP BY 1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
