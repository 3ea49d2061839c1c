from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(((m >= 100BD) <=> startswith(' ', 'o')) OR (dt IS NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT (id / nullif(d, 0)) AS k1, min(greatest(ts, ts, ts)) AS a1, (max((0.001D / nullif(d, 0))) - min((0.001D / nullif(d, 0)))) AS a2 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
