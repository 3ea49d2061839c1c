from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, n DECIMAL(4,1), ts TIMESTAMP, m DECIMAL(38,10), j INT, i INT, s STRING, t STRING, d DOUBLE").json(INPUT)
df.filter((col("s").ilike("%%") | (col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))))).createOrReplaceTempView("src")
result = spark.sql("SELECT hash(i, id) AS k1, round(avg(m), 2) AS a1, vector_avg(array(CAST(i AS FLOAT), 2.0F)) AS a2 FROM src GROUP BY hash(i, id)")
OUTPUT_MODE = "update"
