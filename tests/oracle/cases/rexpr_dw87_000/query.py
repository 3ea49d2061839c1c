from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((F.exists(F.split(F.nvl2(col("ts"), col("s"), lit("日本")), " "), lambda x: x == lit("")) | col("dt").isNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(s, '42') AS k1, (max(log1p(i)) - min(log1p(i))) AS a1, (max((- i)) - min((- i))) AS a2 FROM src GROUP BY nullif(s, '42')")
OUTPUT_MODE = "update"
