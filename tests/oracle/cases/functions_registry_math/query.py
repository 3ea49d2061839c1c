df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, n INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select("value", F.tan("value"), F.cot("value"), F.asin("value"), F.acos("value"), F.atan("value"),
                   F.sinh("value"), F.cosh("value"), F.tanh("value"), F.cbrt("value"), F.expm1("value"),
                   F.log1p("value"), F.degrees("value"), F.radians("n"), F.atan2("value", "n"), F.hypot("value", F.col("n")),
                   F.sec("value"), F.csc("value"), F.asinh("value"), F.acosh("value"), F.atanh("value"),
                   F.expr("atan2(n, value)").alias("a2"), F.expr("cbrt(n)").alias("cb"))
OUTPUT_MODE = "append"
