from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, i INT, b BOOLEAN, t STRING, ts TIMESTAMP, dt DATE, d DOUBLE, m DECIMAL(10,2)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt AS k1, count_if(forall(split(format_number(least(0.1D, d), 2), ' '), x -> x = '')) AS a1, bool_and((nullif(s, ' ') BETWEEN 'x-y' AND '2024-02-29')) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
