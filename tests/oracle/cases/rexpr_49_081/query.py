from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("(n >= 100BD)").createOrReplaceTempView("src")
result = spark.sql("SELECT t, count_if((b <= (f = -1.5D))) AS a1, min((id % nullif((month(dt) + i), 0))) AS a2 FROM src GROUP BY t")
OUTPUT_MODE = "complete"
