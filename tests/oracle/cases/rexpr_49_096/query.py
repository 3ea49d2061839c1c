from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j AS k1, count_if((d NOT IN (3.75D))) AS a1, max(d) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
