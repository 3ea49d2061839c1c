from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy')")).withColumn("c2", expr("format_string('%d%%', ascii(t))")).drop("i", "f", "s", "t", "dt", "ts")
OUTPUT_MODE = "append"
