spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((f BETWEEN 100.0D AND 2.0D) OR (f IS NOT NULL))").select("id", (F.add_months(F.to_date(lit("2024-02-29")), col("i")) - expr("INTERVAL 2 YEARS")), F.greatest((col("m") - col("i")), col("n")).alias("c2")).filter("((NOT b) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
