from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (id > 0.001D) AS k1, sum(CASE WHEN ((f > 2.0D) OR b) THEN ascii(translate(s, 'abc', '')) ELSE 0 END) AS a1, avg(i) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
