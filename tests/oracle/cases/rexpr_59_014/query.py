from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(minute(ts), 1) AS k1, j, (max(i) - min(i)) AS a1, bool_and((d < -1.5D)) AS a2 FROM src GROUP BY nullif(minute(ts), 1), j")
OUTPUT_MODE = "update"
