from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT TRY_CAST(' ' AS DATE) AS k1, nullif(d, -1.5D) AS k2, min(greatest(ts, ts, ts)) AS a1, count_if(b) AS a2 FROM src GROUP BY TRY_CAST(' ' AS DATE), nullif(d, -1.5D)")
OUTPUT_MODE = "update"
